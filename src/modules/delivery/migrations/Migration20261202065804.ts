import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202065804 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "track_point" drop constraint if exists "track_point_delivery_id_recorded_at_unique";`);
    this.addSql(`drop index if exists "IDX_track_point_delivery_id_recorded_at";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_track_point_delivery_id_recorded_at_unique" ON "track_point" ("delivery_id", "recorded_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_track_point_delivery_id_recorded_at_unique";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_track_point_delivery_id_recorded_at" ON "track_point" ("delivery_id", "recorded_at") WHERE deleted_at IS NULL;`);
  }

}
