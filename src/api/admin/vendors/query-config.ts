import type { ListShape } from "../../list-query"

export const adminVendorListFields = [
  "id",
  "handle",
  "name",
  "email",
  "phone",
  "status",
  "city",
  "country_code",
  "latitude",
  "longitude",
  "created_at",
  "updated_at",
  "documents.id",
  "documents.type",
  "documents.url",
  "documents.filename",
  "documents.mime_type",
  "documents.created_at",
]

export const adminVendorList: ListShape = {
  fields: adminVendorListFields,
  order: ["name", "handle", "status", "created_at", "updated_at"],
}

export const adminVendorDetailFields = [
  ...adminVendorListFields,
  "description",
  "address_1",
  "postal_code",
  "opening_hours",
  "logo_url",
  "members.id",
  "members.role",
  "members.email",
  "members.first_name",
  "members.last_name",
  "members.phone",
  "members.created_at",
  "status_changes.id",
  "status_changes.action",
  "status_changes.from_status",
  "status_changes.to_status",
  "status_changes.reason",
  "status_changes.actor_type",
  "status_changes.actor_id",
  "status_changes.created_at",
  "stock_location.id",
  "stock_location.name",
]
