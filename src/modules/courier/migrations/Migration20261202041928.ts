import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202041928 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "courier" ("id" text not null, "first_name" text not null, "last_name" text not null, "phone" text not null, "email" text null, "locale" text check ("locale" in ('en', 'ar')) not null default 'en', "vehicle_type" text check ("vehicle_type" in ('bicycle', 'motorcycle', 'car', 'van')) not null, "status" text check ("status" in ('pending', 'active', 'rejected', 'suspended')) not null default 'pending', "availability" text check ("availability" in ('offline', 'online')) not null default 'offline', "latitude" real null, "longitude" real null, "position_at" timestamptz null, "max_active_deliveries" integer not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "courier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_courier_deleted_at" ON "courier" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "courier_document" ("id" text not null, "type" text check ("type" in ('id', 'vehicle')) not null, "file_id" text not null, "url" text not null, "filename" text not null, "mime_type" text not null, "courier_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "courier_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_courier_document_courier_id" ON "courier_document" ("courier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_courier_document_deleted_at" ON "courier_document" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "courier_status_change" ("id" text not null, "action" text check ("action" in ('approve', 'reject', 'suspend', 'reinstate')) not null, "from_status" text not null, "to_status" text not null, "reason" text null, "actor_type" text not null, "actor_id" text not null, "courier_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "courier_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_courier_status_change_courier_id" ON "courier_status_change" ("courier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_courier_status_change_deleted_at" ON "courier_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "courier_document" add constraint "courier_document_courier_id_foreign" foreign key ("courier_id") references "courier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "courier_status_change" add constraint "courier_status_change_courier_id_foreign" foreign key ("courier_id") references "courier" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "courier_document" drop constraint if exists "courier_document_courier_id_foreign";`);

    this.addSql(`alter table if exists "courier_status_change" drop constraint if exists "courier_status_change_courier_id_foreign";`);

    this.addSql(`drop table if exists "courier" cascade;`);

    this.addSql(`drop table if exists "courier_document" cascade;`);

    this.addSql(`drop table if exists "courier_status_change" cascade;`);
  }

}
