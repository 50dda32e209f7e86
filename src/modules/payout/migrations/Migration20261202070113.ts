import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Payout accounts (bank details sealed, or a Stripe Connect account), payouts with the earnings they pay, and handled Stripe events. */

export class Migration20261202070113 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payout_webhook_event" drop constraint if exists "payout_webhook_event_event_id_unique";`);
    this.addSql(`alter table if exists "payout_account" drop constraint if exists "payout_account_owner_type_owner_id_unique";`);
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_open_key_unique";`);
    this.addSql(`alter table if exists "payout" drop constraint if exists "payout_idempotency_key_unique";`);
    this.addSql(`create table if not exists "payout" ("id" text not null, "owner_type" text check ("owner_type" in ('vendor', 'courier')) not null, "owner_id" text not null, "currency_code" text not null, "amount" numeric not null default 0, "status" text check ("status" in ('requested', 'pending', 'processing', 'paid', 'failed', 'rejected')) not null, "method" text check ("method" in ('manual', 'stripe_connect')) not null, "destination_hint" text not null, "stripe_account_id" text null, "provider_reference" text null, "failure_reason" text null, "early" boolean not null default false, "requested_by" text null, "decided_by" text null, "decision_reason" text null, "decided_at" timestamptz null, "processing_at" timestamptz null, "paid_at" timestamptz null, "failed_at" timestamptz null, "marked_paid_by" text null, "idempotency_key" text not null, "open_key" text null, "raw_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_idempotency_key_unique" ON "payout" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_open_key_unique" ON "payout" ("open_key") WHERE open_key IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_owner_type_owner_id_created_at" ON "payout" ("owner_type", "owner_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_status_created_at" ON "payout" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_account" ("id" text not null, "owner_type" text check ("owner_type" in ('vendor', 'courier')) not null, "owner_id" text not null, "method" text check ("method" in ('manual', 'stripe_connect')) not null, "bank_details_encrypted" text null, "stripe_account_id" text null, "destination_hint" text not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_deleted_at" ON "payout_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_owner_type_owner_id_unique" ON "payout_account" ("owner_type", "owner_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_item" ("id" text not null, "transaction_id" text not null, "transaction_type" text not null, "reference_type" text not null, "reference_id" text not null, "gross" numeric not null, "commission" numeric not null, "fees" numeric not null, "net" numeric not null, "available_at" timestamptz not null, "payout_id" text not null, "raw_gross" jsonb not null, "raw_commission" jsonb not null, "raw_fees" jsonb not null, "raw_net" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_payout_id" ON "payout_item" ("payout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_deleted_at" ON "payout_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_transaction_id" ON "payout_item" ("transaction_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_webhook_event" ("id" text not null, "event_id" text not null, "type" text not null, "payout_id" text null, "outcome" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_webhook_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_webhook_event_event_id_unique" ON "payout_webhook_event" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_webhook_event_deleted_at" ON "payout_webhook_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payout_item" add constraint "payout_item_payout_id_foreign" foreign key ("payout_id") references "payout" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payout_item" drop constraint if exists "payout_item_payout_id_foreign";`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "payout_account" cascade;`);

    this.addSql(`drop table if exists "payout_item" cascade;`);

    this.addSql(`drop table if exists "payout_webhook_event" cascade;`);
  }

}
