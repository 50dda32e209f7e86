import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "vendor_order_refund" ("id" text not null, "refund_id" text not null, "order_id" text not null, "payment_id" text not null, "amount" numeric not null, "currency_code" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_order_refund_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_order_refund_refund_id_unique" ON "vendor_order_refund" ("refund_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_refund_order_id" ON "vendor_order_refund" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_refund_deleted_at" ON "vendor_order_refund" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vendor_order_refund" cascade;`)
  }
}
