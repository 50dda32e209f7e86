import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124023650 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "push_device" drop constraint if exists "push_device_token_unique";`);
    this.addSql(`alter table if exists "notification_preference" drop constraint if exists "notification_preference_recipient_type_recipient_id_channel_category_unique";`);
    this.addSql(`create table if not exists "feed_notification" ("id" text not null, "recipient_type" text check ("recipient_type" in ('customer', 'vendor', 'courier', 'user')) not null, "recipient_id" text not null, "category" text check ("category" in ('orders', 'delivery', 'marketing', 'account')) not null, "event" text not null, "title" text not null, "body" text not null, "data" jsonb null, "resource_type" text null, "resource_id" text null, "read_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "feed_notification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_notification_deleted_at" ON "feed_notification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feed_notification_recipient_type_recipient_id_read_at" ON "feed_notification" ("recipient_type", "recipient_id", "read_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "notification_delivery" ("id" text not null, "recipient_type" text check ("recipient_type" in ('customer', 'vendor', 'courier', 'user')) not null, "recipient_id" text not null, "channel" text not null, "to" text not null, "event" text not null, "category" text check ("category" in ('orders', 'delivery', 'marketing', 'account')) not null, "locale" text not null, "data" jsonb null, "status" text check ("status" in ('pending', 'sent', 'retrying', 'failed')) not null default 'pending', "attempts" integer not null default 0, "last_error" text null, "next_attempt_at" timestamptz null, "notification_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_delivery_deleted_at" ON "notification_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_delivery_status_next_attempt_at" ON "notification_delivery" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "notification_preference" ("id" text not null, "recipient_type" text check ("recipient_type" in ('customer', 'vendor', 'courier', 'user')) not null, "recipient_id" text not null, "channel" text check ("channel" in ('sms', 'email', 'push', 'feed')) not null, "category" text check ("category" in ('orders', 'delivery', 'marketing', 'account')) not null, "enabled" boolean not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_preference_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_preference_deleted_at" ON "notification_preference" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_preference_recipient_type_recipient_id_channel_category_unique" ON "notification_preference" ("recipient_type", "recipient_id", "channel", "category") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "push_device" ("id" text not null, "recipient_type" text check ("recipient_type" in ('customer', 'vendor', 'courier', 'user')) not null, "recipient_id" text not null, "token" text not null, "platform" text check ("platform" in ('ios', 'android', 'web')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "push_device_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_push_device_token_unique" ON "push_device" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_push_device_deleted_at" ON "push_device" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_push_device_recipient_type_recipient_id" ON "push_device" ("recipient_type", "recipient_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "feed_notification" cascade;`);

    this.addSql(`drop table if exists "notification_delivery" cascade;`);

    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "push_device" cascade;`);
  }

}
