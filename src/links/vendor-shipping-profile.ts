import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import VendorModule from "../modules/vendor"

// Each vendor ships under its own profile, so a cart needs one shipping method per vendor.
export default defineLink(VendorModule.linkable.vendor, FulfillmentModule.linkable.shippingProfile)
