import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124023649 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "otp_rate_limit" drop constraint if exists "otp_rate_limit_key_unique";`);
    this.addSql(`alter table if exists "otp_challenge" drop constraint if exists "otp_challenge_phone_unique";`);
    this.addSql(`create table if not exists "otp_challenge" ("id" text not null, "phone" text not null, "code_hash" text null, "code_expires_at" timestamptz null, "failed_attempts" integer not null default 0, "attempts_reset_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "otp_challenge_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_otp_challenge_phone_unique" ON "otp_challenge" ("phone") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_otp_challenge_deleted_at" ON "otp_challenge" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "otp_rate_limit" ("id" text not null, "key" text not null, "window_started_at" timestamptz not null, "hits" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "otp_rate_limit_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_otp_rate_limit_key_unique" ON "otp_rate_limit" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_otp_rate_limit_deleted_at" ON "otp_rate_limit" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "otp_challenge" cascade;`);

    this.addSql(`drop table if exists "otp_rate_limit" cascade;`);
  }

}
