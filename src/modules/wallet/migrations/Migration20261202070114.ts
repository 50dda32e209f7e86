import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202070114 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_freeze" drop constraint if exists "ledger_freeze_active_reference_unique";`);
    this.addSql(`create table if not exists "ledger_freeze" ("id" text not null, "owner_type" text check ("owner_type" in ('customer', 'vendor', 'courier', 'platform', 'external')) not null, "owner_id" text not null, "currency_code" text not null, "amount" numeric not null, "reason" text not null, "reference_type" text not null, "reference_id" text not null, "released_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_freeze_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_freeze_deleted_at" ON "ledger_freeze" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_freeze_owner_type_owner_id_currency_code" ON "ledger_freeze" ("owner_type", "owner_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_freeze_active_reference_unique" ON "ledger_freeze" ("reference_type", "reference_id", "owner_type", "owner_id", "currency_code") WHERE released_at IS NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_freeze" cascade;`);
  }

}
