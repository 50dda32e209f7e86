import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Commission lines stop being rewritten: each change becomes a commission
 * adjustment. A line recomputed before this migration keeps its amount now as
 * one adjustment caused by `recomputed-before-adjustments`.
 */
export class Migration20261202000100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "commission_adjustment" ("id" text not null, "commission_line_id" text not null, "order_id" text not null, "vendor_id" text not null, "cause" text not null, "currency_code" text not null, "base_delta" numeric not null, "amount_delta" numeric not null, "raw_base_delta" jsonb not null, "raw_amount_delta" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_adjustment_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_adjustment_commission_line_id" ON "commission_adjustment" ("commission_line_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_adjustment_deleted_at" ON "commission_adjustment" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_adjustment_commission_line_id_cause_unique" ON "commission_adjustment" ("commission_line_id", "cause") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_adjustment_order_id_created_at" ON "commission_adjustment" ("order_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `alter table if exists "commission_adjustment" add constraint "commission_adjustment_commission_line_id_foreign" foreign key ("commission_line_id") references "commission_line" ("id") on update cascade on delete cascade;`
    )
    this.addSql(
      `insert into "commission_adjustment" ("id", "commission_line_id", "order_id", "vendor_id", "cause", "currency_code", "base_delta", "amount_delta", "raw_base_delta", "raw_amount_delta")
       select 'comadj_' || upper(replace(gen_random_uuid()::text, '-', '')), "id", "order_id", "vendor_id", 'recomputed-before-adjustments', "currency_code",
              "base_amount" - "original_base_amount", "amount" - "original_amount",
              jsonb_build_object('value', ("base_amount" - "original_base_amount")::text, 'precision', 20),
              jsonb_build_object('value', ("amount" - "original_amount")::text, 'precision', 20)
       from "commission_line"
       where "deleted_at" is null and ("base_amount" <> "original_base_amount" or "amount" <> "original_amount");`
    )
    this.addSql(
      `alter table if exists "commission_line" drop column if exists "base_amount", drop column if exists "amount", drop column if exists "raw_base_amount", drop column if exists "raw_amount", drop column if exists "recomputed_at";`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "commission_line" add column if not exists "base_amount" numeric null, add column if not exists "amount" numeric null, add column if not exists "raw_base_amount" jsonb null, add column if not exists "raw_amount" jsonb null, add column if not exists "recomputed_at" timestamptz null;`
    )
    this.addSql(
      `update "commission_line" l set
         "base_amount" = l."original_base_amount" + coalesce((select sum(a."base_delta") from "commission_adjustment" a where a."commission_line_id" = l."id" and a."deleted_at" is null), 0),
         "amount" = l."original_amount" + coalesce((select sum(a."amount_delta") from "commission_adjustment" a where a."commission_line_id" = l."id" and a."deleted_at" is null), 0);`
    )
    this.addSql(
      `update "commission_line" set "raw_base_amount" = jsonb_build_object('value', "base_amount"::text, 'precision', 20), "raw_amount" = jsonb_build_object('value', "amount"::text, 'precision', 20);`
    )
    this.addSql(`alter table if exists "commission_line" alter column "base_amount" set not null, alter column "amount" set not null, alter column "raw_base_amount" set not null, alter column "raw_amount" set not null;`)
    this.addSql(`drop table if exists "commission_adjustment" cascade;`)
  }
}
