import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Admin roles, the audit log, the IP blocklist and security events
 * (docs/security.md). The audit log is append-only, enforced by the database:
 * a row can be inserted, never updated or deleted, whatever code tries.
 */
export class Migration20261202031653 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ip_block" drop constraint if exists "ip_block_cidr_unique";`);
    this.addSql(`alter table if exists "admin_role_assignment" drop constraint if exists "admin_role_assignment_user_id_unique";`);
    this.addSql(`create table if not exists "admin_role_assignment" ("id" text not null, "user_id" text not null, "role" text check ("role" in ('super_admin', 'operations', 'finance', 'support')) not null, "assigned_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "admin_role_assignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_admin_role_assignment_user_id_unique" ON "admin_role_assignment" ("user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_role_assignment_deleted_at" ON "admin_role_assignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_admin_role_assignment_role" ON "admin_role_assignment" ("role") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "audit_log_entry" ("id" text not null, "actor_type" text not null, "actor_id" text null, "action" text not null, "target_type" text null, "target_id" text null, "before" jsonb null, "after" jsonb null, "ip" text null, "user_agent" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "audit_log_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_log_entry_deleted_at" ON "audit_log_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_log_entry_actor_id_created_at" ON "audit_log_entry" ("actor_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_log_entry_target_type_target_id" ON "audit_log_entry" ("target_type", "target_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_log_entry_action" ON "audit_log_entry" ("action") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_log_entry_created_at" ON "audit_log_entry" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`create or replace function "audit_log_refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'The audit log is append-only: % rows are never updated or deleted.', TG_TABLE_NAME;
      end
    $$;`);
    this.addSql(`create or replace trigger "audit_log_entry_append_only" before update or delete on "audit_log_entry" for each row execute function "audit_log_refuse_change"();`);

    this.addSql(`create table if not exists "ip_block" ("id" text not null, "cidr" text not null, "address" text not null, "prefix_length" integer not null, "family" text check ("family" in ('ipv4', 'ipv6')) not null, "reason" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ip_block_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ip_block_cidr_unique" ON "ip_block" ("cidr") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ip_block_deleted_at" ON "ip_block" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "security_event" ("id" text not null, "type" text check ("type" in ('login_locked_out', 'ip_blocked', 'repeated_unauthorized')) not null, "ip" text not null, "identity" text null, "method" text null, "path" text null, "details" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "security_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_security_event_deleted_at" ON "security_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_security_event_ip_created_at" ON "security_event" ("ip", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_security_event_type_created_at" ON "security_event" ("type", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_security_event_created_at" ON "security_event" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "admin_role_assignment" cascade;`);

    this.addSql(`drop trigger if exists "audit_log_entry_append_only" on "audit_log_entry";`);
    this.addSql(`drop function if exists "audit_log_refuse_change"();`);
    this.addSql(`drop table if exists "audit_log_entry" cascade;`);

    this.addSql(`drop table if exists "ip_block" cascade;`);

    this.addSql(`drop table if exists "security_event" cascade;`);
  }

}
