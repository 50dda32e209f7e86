import { listQueryParams } from "../../list-query"
import { vendorCategoryList } from "./query-config"

export const VendorGetProductCategoriesParams = listQueryParams(vendorCategoryList).strict()
