import { model } from "@medusajs/framework/utils"
import { ADMIN_ROLES } from "../admin-roles"

/** The role of one admin user (Medusa's `user`), and who set it. */
export const AdminRoleAssignment = model
  .define("admin_role_assignment", {
    id: model.id({ prefix: "arole" }).primaryKey(),
    user_id: model.text().unique(),
    role: model.enum([...ADMIN_ROLES]),
    assigned_by: model.text().nullable(),
  })
  .indexes([{ on: ["role"] }])
