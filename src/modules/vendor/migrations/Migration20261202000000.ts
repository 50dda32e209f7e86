import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202000000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_member" add column if not exists "locale" text check ("locale" in ('en', 'ar')) not null default 'en';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor_member" drop column if exists "locale";`);
  }

}
