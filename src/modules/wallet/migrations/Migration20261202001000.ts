import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The ledger: accounts (one per owner and currency, with a cached balance),
 * transactions (one per idempotency key) and their entries. Entries and
 * transactions are append-only, and the database itself refuses to update or
 * delete them, whatever code tries.
 */
export class Migration20261202001000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ledger_account" ("id" text not null, "owner_type" text check ("owner_type" in ('customer', 'vendor', 'courier', 'platform', 'external')) not null, "owner_id" text not null, "currency_code" text not null, "balance" numeric not null default 0, "raw_balance" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_account_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_account_deleted_at" ON "ledger_account" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_account_owner_type_owner_id_currency_code_unique" ON "ledger_account" ("owner_type", "owner_id", "currency_code") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "ledger_transaction" ("id" text not null, "type" text check ("type" in ('payment', 'refund', 'settlement', 'adjustment', 'top_up', 'payout', 'payout_reversal', 'commission_adjustment', 'cash_collection', 'reversal')) not null, "reference_type" text not null, "reference_id" text not null, "idempotency_key" text not null, "content_hash" text not null, "note" text null, "actor_type" text null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_transaction_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_transaction_idempotency_key_unique" ON "ledger_transaction" ("idempotency_key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_transaction_deleted_at" ON "ledger_transaction" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_transaction_reference_type_reference_id" ON "ledger_transaction" ("reference_type", "reference_id") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "amount" numeric not null, "currency_code" text not null, "available_at" timestamptz not null, "transaction_id" text not null, "account_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_transaction_id" ON "ledger_entry" ("transaction_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_account_id" ON "ledger_entry" ("account_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_account_id_created_at" ON "ledger_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_account_id_available_at" ON "ledger_entry" ("account_id", "available_at") WHERE deleted_at IS NULL;`)

    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_transaction_id_foreign" foreign key ("transaction_id") references "ledger_transaction" ("id") on update cascade;`)
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_account_id_foreign" foreign key ("account_id") references "ledger_account" ("id") on update cascade;`)

    // Append-only, enforced by the database: a row of either table can be inserted, never updated or deleted.
    this.addSql(`create or replace function "ledger_refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'The ledger is append-only: % rows are never updated or deleted.', TG_TABLE_NAME;
      end
    $$;`)
    this.addSql(`create or replace trigger "ledger_entry_append_only" before update or delete on "ledger_entry" for each row execute function "ledger_refuse_change"();`)
    this.addSql(`create or replace trigger "ledger_transaction_append_only" before update or delete on "ledger_transaction" for each row execute function "ledger_refuse_change"();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "ledger_transaction_append_only" on "ledger_transaction";`)
    this.addSql(`drop trigger if exists "ledger_entry_append_only" on "ledger_entry";`)
    this.addSql(`drop function if exists "ledger_refuse_change"();`)
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_account_id_foreign";`)
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_transaction_id_foreign";`)
    this.addSql(`drop table if exists "ledger_entry" cascade;`)
    this.addSql(`drop table if exists "ledger_transaction" cascade;`)
    this.addSql(`drop table if exists "ledger_account" cascade;`)
  }
}
