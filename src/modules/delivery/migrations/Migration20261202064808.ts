import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202064808 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery" drop constraint if exists "delivery_order_id_unique";`);
    this.addSql(`create table if not exists "delivery_zone" ("id" text not null, "name" text not null, "currency_code" text not null, "polygon" jsonb not null, "center_latitude" real not null, "center_longitude" real not null, "base_fee" numeric not null, "fee_per_km" numeric not null, "max_distance_km" real not null, "active_hours" jsonb null, "timezone" text not null default 'Asia/Damascus', "cities" jsonb null, "postal_codes" jsonb null, "is_active" boolean not null default true, "metadata" jsonb null, "raw_base_fee" jsonb not null, "raw_fee_per_km" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_zone_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_zone_deleted_at" ON "delivery_zone" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "delivery" ("id" text not null, "order_id" text not null, "vendor_id" text not null, "customer_id" text null, "order_group_id" text null, "courier_id" text null, "status" text check ("status" in ('pending', 'offered', 'assigned', 'picked_up', 'delivered', 'failed', 'cancelled')) not null default 'pending', "currency_code" text not null, "fee" numeric not null, "cash_due" numeric null, "cash_collected_at" timestamptz null, "pickup_latitude" real null, "pickup_longitude" real null, "pickup_address" jsonb null, "dropoff_latitude" real null, "dropoff_longitude" real null, "dropoff_address" jsonb null, "distance_km" real null, "stop_sequence" integer null, "proof_code" text not null, "proof_attempts" integer not null default 0, "proof_photo_file_id" text null, "latitude" real null, "longitude" real null, "position_at" timestamptz null, "speed_mps" real null, "remaining_km" real null, "eta_at" timestamptz null, "offered_at" timestamptz null, "assigned_at" timestamptz null, "picked_up_at" timestamptz null, "delivered_at" timestamptz null, "failed_at" timestamptz null, "cancelled_at" timestamptz null, "failure_reason" text null, "metadata" jsonb null, "zone_id" text null, "raw_fee" jsonb not null, "raw_cash_due" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_order_id_unique" ON "delivery" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_zone_id" ON "delivery" ("zone_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_deleted_at" ON "delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_courier_id_status" ON "delivery" ("courier_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_status" ON "delivery" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_vendor_id" ON "delivery" ("vendor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "delivery_status_change" ("id" text not null, "from_status" text not null, "to_status" text not null, "reason" text null, "actor_type" text not null, "actor_id" text null, "delivery_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_status_change_delivery_id" ON "delivery_status_change" ("delivery_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_status_change_deleted_at" ON "delivery_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "delivery_offer" ("id" text not null, "courier_id" text not null, "status" text check ("status" in ('offered', 'accepted', 'declined', 'expired', 'withdrawn')) not null default 'offered', "expires_at" timestamptz not null, "responded_at" timestamptz null, "distance_km" real null, "delivery_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_offer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_offer_delivery_id" ON "delivery_offer" ("delivery_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_offer_deleted_at" ON "delivery_offer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_offer_courier_id_status" ON "delivery_offer" ("courier_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_offer_status_expires_at" ON "delivery_offer" ("status", "expires_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "track_point" ("id" text not null, "delivery_id" text not null, "courier_id" text not null, "latitude" real not null, "longitude" real not null, "recorded_at" timestamptz not null, "speed" real null, "heading" real null, "accuracy" real null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "track_point_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_track_point_deleted_at" ON "track_point" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_track_point_delivery_id_recorded_at" ON "track_point" ("delivery_id", "recorded_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_track_point_recorded_at" ON "track_point" ("recorded_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "delivery" add constraint "delivery_zone_id_foreign" foreign key ("zone_id") references "delivery_zone" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "delivery_status_change" add constraint "delivery_status_change_delivery_id_foreign" foreign key ("delivery_id") references "delivery" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "delivery_offer" add constraint "delivery_offer_delivery_id_foreign" foreign key ("delivery_id") references "delivery" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "delivery" drop constraint if exists "delivery_zone_id_foreign";`);

    this.addSql(`alter table if exists "delivery_status_change" drop constraint if exists "delivery_status_change_delivery_id_foreign";`);

    this.addSql(`alter table if exists "delivery_offer" drop constraint if exists "delivery_offer_delivery_id_foreign";`);

    this.addSql(`drop table if exists "delivery_zone" cascade;`);

    this.addSql(`drop table if exists "delivery" cascade;`);

    this.addSql(`drop table if exists "delivery_status_change" cascade;`);

    this.addSql(`drop table if exists "delivery_offer" cascade;`);

    this.addSql(`drop table if exists "track_point" cascade;`);
  }

}
