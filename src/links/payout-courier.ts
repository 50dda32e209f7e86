import { defineLink } from "@medusajs/framework/utils"
import CourierModule from "../modules/courier"
import PayoutModule from "../modules/payout"

// Read-only: a payout's `owner_id` already names its courier when its `owner_type` is courier.
export default defineLink({ linkable: PayoutModule.linkable.payout, field: "owner_id" }, CourierModule.linkable.courier, { readOnly: true })
