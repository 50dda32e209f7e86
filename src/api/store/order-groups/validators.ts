import { z } from "@medusajs/framework/zod"
import { orderGroupList } from "../../admin/order-groups/query-config"
import { listQueryParams } from "../../list-query"

export const StoreGetOrderGroupsParams = listQueryParams(orderGroupList).strict()
export type StoreGetOrderGroupsParamsType = z.infer<typeof StoreGetOrderGroupsParams>
