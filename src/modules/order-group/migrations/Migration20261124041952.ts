import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124041952 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_order_state" drop constraint if exists "vendor_order_state_order_id_unique";`);
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_cart_id_unique";`);
    this.addSql(`create table if not exists "order_group" ("id" text not null, "cart_id" text not null, "customer_id" text null, "email" text null, "currency_code" text not null, "total" numeric not null, "payment_collection_id" text null, "metadata" jsonb null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_group_cart_id_unique" ON "order_group" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_deleted_at" ON "order_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_customer_id_created_at" ON "order_group" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_order_state" ("id" text not null, "order_id" text not null, "vendor_id" text not null, "display_id" integer not null, "vendor_status" text check ("vendor_status" in ('pending', 'accepted', 'preparing', 'ready_for_pickup', 'out_for_delivery', 'delivered', 'rejected', 'cancelled')) not null default 'pending', "status_reason" text null, "accept_by" timestamptz not null, "accepted_at" timestamptz null, "preparing_at" timestamptz null, "ready_at" timestamptz null, "rejected_at" timestamptz null, "cancelled_at" timestamptz null, "order_group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_order_state_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_order_state_order_id_unique" ON "vendor_order_state" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_state_order_group_id" ON "vendor_order_state" ("order_group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_state_deleted_at" ON "vendor_order_state" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_state_vendor_id_created_at" ON "vendor_order_state" ("vendor_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_state_vendor_id_vendor_status" ON "vendor_order_state" ("vendor_id", "vendor_status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_state_vendor_status_accept_by" ON "vendor_order_state" ("vendor_status", "accept_by") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "vendor_order_state" add constraint "vendor_order_state_order_group_id_foreign" foreign key ("order_group_id") references "order_group" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor_order_state" drop constraint if exists "vendor_order_state_order_group_id_foreign";`);

    this.addSql(`drop table if exists "order_group" cascade;`);

    this.addSql(`drop table if exists "vendor_order_state" cascade;`);
  }

}
