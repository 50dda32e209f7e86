import type { ListShape } from "../../list-query"

export const vendorCategoryFields = ["id", "name", "handle", "description", "parent_category_id", "rank"]

export const vendorCategoryList: ListShape = {
  fields: vendorCategoryFields,
  order: ["name", "handle", "rank"],
  defaultLimit: 50,
}
