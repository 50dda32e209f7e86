import { defineLink } from "@medusajs/framework/utils"
import VendorModule from "../modules/vendor"
import PayoutModule from "../modules/payout"

// Read-only: a payout account's `owner_id` already names its vendor when its `owner_type` is vendor.
export default defineLink({ linkable: PayoutModule.linkable.payoutAccount, field: "owner_id" }, VendorModule.linkable.vendor, { readOnly: true })
