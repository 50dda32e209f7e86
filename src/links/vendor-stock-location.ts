import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import VendorModule from "../modules/vendor"

// Each vendor keeps its stock at its own location, created at registration.
export default defineLink(VendorModule.linkable.vendor, StockLocationModule.linkable.stockLocation)
