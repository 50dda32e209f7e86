import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124030826 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "commission_rule" ("id" text not null, "name" text not null, "vendor_id" text null, "category_id" text null, "percent_rate" numeric null, "flat_amount" numeric null, "currency_code" text null, "priority" integer not null default 0, "is_active" boolean not null default true, "raw_percent_rate" jsonb null, "raw_flat_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_rule" cascade;`);
  }

}
