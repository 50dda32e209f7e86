import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124023115 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_vendor_id_email_unique";`);
    this.addSql(`alter table if exists "vendor_invite" drop constraint if exists "vendor_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "vendor" drop constraint if exists "vendor_handle_unique";`);
    this.addSql(`create table if not exists "vendor" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "email" text not null, "phone" text not null, "status" text check ("status" in ('pending', 'active', 'rejected', 'suspended')) not null default 'pending', "address_1" text not null, "city" text not null, "country_code" text not null, "postal_code" text null, "latitude" real not null, "longitude" real not null, "opening_hours" jsonb null, "logo_url" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_handle_unique" ON "vendor" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_deleted_at" ON "vendor" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_document" ("id" text not null, "type" text check ("type" in ('commercial_registration', 'owner_id', 'tax_certificate', 'other')) not null, "file_id" text not null, "url" text not null, "filename" text not null, "mime_type" text not null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_document_vendor_id" ON "vendor_document" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_document_deleted_at" ON "vendor_document" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('manager', 'staff')) not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by" text not null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_invite_token_hash_unique" ON "vendor_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_invite_vendor_id" ON "vendor_invite" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_invite_deleted_at" ON "vendor_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_member" ("id" text not null, "role" text check ("role" in ('owner', 'manager', 'staff')) not null, "email" text not null, "first_name" text null, "last_name" text null, "phone" text null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_member_vendor_id" ON "vendor_member" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_member_deleted_at" ON "vendor_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_member_vendor_id_email_unique" ON "vendor_member" ("vendor_id", "email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_status_change" ("id" text not null, "action" text check ("action" in ('approve', 'reject', 'suspend', 'reinstate')) not null, "from_status" text not null, "to_status" text not null, "reason" text null, "actor_type" text not null, "actor_id" text not null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_status_change_vendor_id" ON "vendor_status_change" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_status_change_deleted_at" ON "vendor_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "vendor_document" add constraint "vendor_document_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "vendor_invite" add constraint "vendor_invite_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "vendor_member" add constraint "vendor_member_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "vendor_status_change" add constraint "vendor_status_change_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor_document" drop constraint if exists "vendor_document_vendor_id_foreign";`);

    this.addSql(`alter table if exists "vendor_invite" drop constraint if exists "vendor_invite_vendor_id_foreign";`);

    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_vendor_id_foreign";`);

    this.addSql(`alter table if exists "vendor_status_change" drop constraint if exists "vendor_status_change_vendor_id_foreign";`);

    this.addSql(`drop table if exists "vendor" cascade;`);

    this.addSql(`drop table if exists "vendor_document" cascade;`);

    this.addSql(`drop table if exists "vendor_invite" cascade;`);

    this.addSql(`drop table if exists "vendor_member" cascade;`);

    this.addSql(`drop table if exists "vendor_status_change" cascade;`);
  }

}
