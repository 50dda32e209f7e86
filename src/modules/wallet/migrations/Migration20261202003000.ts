import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Wallet payments and top-ups: the `hold` and `hold_release` transaction
 * types (a wallet payment's authorisation holds the amount), and the
 * customers' top-up requests.
 */
export class Migration20261202003000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_transaction" drop constraint if exists "ledger_transaction_type_check";`)
    this.addSql(`alter table if exists "ledger_transaction" add constraint "ledger_transaction_type_check" check ("type" in ('payment', 'refund', 'settlement', 'adjustment', 'top_up', 'payout', 'payout_reversal', 'commission_adjustment', 'cash_collection', 'hold', 'hold_release', 'reversal'));`)
    this.addSql(`create table if not exists "wallet_top_up" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "payment_collection_id" text not null, "status" text check ("status" in ('pending', 'credited', 'canceled')) not null default 'pending', "transaction_id" text null, "credited_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_top_up_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_top_up_payment_collection_id_unique" ON "wallet_top_up" ("payment_collection_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_top_up_customer_id_created_at" ON "wallet_top_up" ("customer_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_top_up_deleted_at" ON "wallet_top_up" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "wallet_top_up" cascade;`)
    this.addSql(`alter table if exists "ledger_transaction" drop constraint if exists "ledger_transaction_type_check";`)
    this.addSql(`alter table if exists "ledger_transaction" add constraint "ledger_transaction_type_check" check ("type" in ('payment', 'refund', 'settlement', 'adjustment', 'top_up', 'payout', 'payout_reversal', 'commission_adjustment', 'cash_collection', 'reversal'));`)
  }
}
