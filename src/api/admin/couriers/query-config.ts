import type { ListShape } from "../../list-query"

export const adminCourierListFields = [
  "id",
  "first_name",
  "last_name",
  "phone",
  "email",
  "locale",
  "vehicle_type",
  "status",
  "availability",
  "latitude",
  "longitude",
  "position_at",
  "max_active_deliveries",
  "created_at",
  "updated_at",
  "documents.id",
  "documents.type",
  "documents.url",
  "documents.filename",
  "documents.mime_type",
  "documents.created_at",
]

export const adminCourierList: ListShape = {
  fields: adminCourierListFields,
  order: ["first_name", "last_name", "status", "availability", "created_at", "updated_at"],
}

export const adminCourierDetailFields = [
  ...adminCourierListFields,
  "status_changes.id",
  "status_changes.action",
  "status_changes.from_status",
  "status_changes.to_status",
  "status_changes.reason",
  "status_changes.actor_type",
  "status_changes.actor_id",
  "status_changes.created_at",
]
