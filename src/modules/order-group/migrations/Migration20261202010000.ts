import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "vendor_order_status_change" ("id" text not null, "order_id" text not null, "vendor_id" text not null, "action" text not null, "from_status" text not null, "to_status" text not null, "reason" text null, "actor_type" text not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_order_status_change_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_status_change_deleted_at" ON "vendor_order_status_change" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_status_change_order_id_created_at" ON "vendor_order_status_change" ("order_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_status_change_vendor_id_created_at" ON "vendor_order_status_change" ("vendor_id", "created_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vendor_order_status_change" cascade;`)
  }
}
