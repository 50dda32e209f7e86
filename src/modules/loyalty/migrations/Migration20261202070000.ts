import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "points_entry" ("id" text not null, "customer_id" text not null, "type" text check ("type" in ('earned', 'redeemed', 'expired', 'adjusted', 'reversed')) not null, "points" integer not null, "reference_type" text check ("reference_type" in ('order', 'cart', 'referral', 'adjustment', 'points_entry')) not null, "reference_id" text not null, "idempotency_key" text not null, "expires_at" timestamptz null, "currency_code" text null, "value" numeric null, "raw_value" jsonb null, "multiplier" real null, "note" text null, "actor_type" text null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "points_entry_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_points_entry_idempotency_key_unique" ON "points_entry" ("idempotency_key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_entry_deleted_at" ON "points_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_entry_customer_id_created_at" ON "points_entry" ("customer_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_entry_reference_type_reference_id" ON "points_entry" ("reference_type", "reference_id") WHERE deleted_at IS NULL;`)
    // Entries are append-only: only a failed workflow's compensation deletes the entry it wrote (LoyaltyModuleService.removeUncommittedEntry).
    this.addSql(`create or replace function points_entry_append_only() returns trigger language plpgsql as $$ begin raise exception 'points_entry is append-only: entries are never changed'; end $$;`)
    this.addSql(`drop trigger if exists points_entry_no_update on "points_entry";`)
    this.addSql(`create trigger points_entry_no_update before update on "points_entry" for each row execute function points_entry_append_only();`)

    this.addSql(`create table if not exists "loyalty_tier" ("id" text not null, "name" text not null, "threshold" integer not null, "multiplier" real not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_tier_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_tier_name_unique" ON "loyalty_tier" ("name") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_deleted_at" ON "loyalty_tier" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "loyalty_settings" ("id" text not null, "currencies" jsonb not null, "max_redeem_share" real not null, "expiry_months" integer not null, "referral_reward_points" integer not null, "discount_funded_by" text check ("discount_funded_by" in ('platform', 'vendor')) not null default 'platform', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_settings_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_settings_deleted_at" ON "loyalty_settings" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "referral_code" ("id" text not null, "customer_id" text not null, "code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "referral_code_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_code_customer_id_unique" ON "referral_code" ("customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_code_code_unique" ON "referral_code" ("code") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_code_deleted_at" ON "referral_code" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "referral" ("id" text not null, "referrer_customer_id" text not null, "referred_customer_id" text not null, "code" text not null, "status" text check ("status" in ('pending', 'rewarded')) not null default 'pending', "rewarded_order_id" text null, "rewarded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "referral_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_referrer_customer_id" ON "referral" ("referrer_customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_referred_customer_id_unique" ON "referral" ("referred_customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_deleted_at" ON "referral" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "loyalty_device" ("id" text not null, "customer_id" text not null, "device_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_device_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_device_device_id" ON "loyalty_device" ("device_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_device_customer_id_device_id_unique" ON "loyalty_device" ("customer_id", "device_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_device_deleted_at" ON "loyalty_device" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "points_expiry_warning" ("id" text not null, "entry_id" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "points_expiry_warning_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_points_expiry_warning_entry_id_unique" ON "points_expiry_warning" ("entry_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_expiry_warning_deleted_at" ON "points_expiry_warning" ("deleted_at") WHERE deleted_at IS NULL;`)

    // The seeded programme: three tiers and the settings row (docs/loyalty.md, "Defaults").
    this.addSql(`insert into "loyalty_tier" ("id", "name", "threshold", "multiplier") values ('ltier_bronze', 'Bronze', 0, 1), ('ltier_silver', 'Silver', 1000, 1.25), ('ltier_gold', 'Gold', 5000, 1.5) on conflict do nothing;`)
    this.addSql(`insert into "loyalty_settings" ("id", "currencies", "max_redeem_share", "expiry_months", "referral_reward_points", "discount_funded_by") values ('lset_default', '{"syp": {"earn_rate": 0.01, "point_value": 1}, "usd": {"earn_rate": 1, "point_value": 0.01}, "eur": {"earn_rate": 1, "point_value": 0.01}}', 0.5, 12, 100, 'platform') on conflict do nothing;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "points_entry" cascade;`)
    this.addSql(`drop function if exists points_entry_append_only();`)
    this.addSql(`drop table if exists "loyalty_tier" cascade;`)
    this.addSql(`drop table if exists "loyalty_settings" cascade;`)
    this.addSql(`drop table if exists "referral_code" cascade;`)
    this.addSql(`drop table if exists "referral" cascade;`)
    this.addSql(`drop table if exists "loyalty_device" cascade;`)
    this.addSql(`drop table if exists "points_expiry_warning" cascade;`)
  }
}
