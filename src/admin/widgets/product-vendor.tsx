import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { productVendorOf } from "../lib/marketplace-panels"

/**
 * On Medusa's product page: the store that sells the product (Daraa adds
 * `vendor` to every admin product answer), linking to the store's page and its other products.
 */
const ProductVendorWidget = ({ data: product }: DetailWidgetProps<AdminProduct & { vendor?: { id: string; name: string; handle?: string } | null }>) => {
  const { t } = useTranslation("daraa")
  const vendor = productVendorOf(product)
  return (
    <Container className="px-6 py-4" data-testid="daraa-product-vendor">
      <Heading level="h2">{t("productVendor.title")}</Heading>
      {vendor ? (
        <div className="mt-2 flex flex-col gap-1">
          <Link to={`/vendors/${vendor.id}`} className="text-ui-fg-interactive txt-small" data-testid="daraa-product-vendor-name">
            {vendor.name}
          </Link>
          {vendor.handle && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {vendor.handle}
            </Text>
          )}
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle mt-2">
          {t("productVendor.platform")}
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.before",
})

export default ProductVendorWidget
