import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { multipartFiles } from "../files/multipart"
import { ensureOwnProduct } from "./products/own-product"
import { vendorProductFields } from "./products/query-config"
import { ensureStoreCurrencies } from "./products/store-currencies"
import {
  VendorCreateProduct,
  VendorCreateVariant,
  VendorGetProductsParams,
  VendorSetVariantStock,
  VendorUpdateProduct,
  VendorUpdateVariant,
} from "./products/validators"
import { VendorAcceptInvite, VendorInviteMember, VendorUpdateMember, VendorUpdateOwnMember } from "./members/validators"
import { requireVendorRole, vendorActor } from "./resolve-vendor-actor"
import { CreateVendor, UpdateVendor } from "./validators"

const catalogManager = [...vendorActor, requireVendorRole("owner", "manager")]
const ownerOnly = [...vendorActor, requireVendorRole("owner")]
const listParams = validateAndTransformQuery(createFindParams({ limit: 50, offset: 0 }), { isList: true, defaultLimit: 50 })

export const vendorStoreMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/vendor/vendors",
    middlewares: [
      authenticate("vendor", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(CreateVendor),
    ],
  },
  { method: ["GET"], matcher: "/vendor/me", middlewares: [...vendorActor] },
  {
    method: ["POST"],
    matcher: "/vendor/me",
    middlewares: [...vendorActor, requireVendorRole("owner", "manager"), validateAndTransformBody(UpdateVendor)],
  },
  // Any member, about themself: their notification language.
  { method: ["POST"], matcher: "/vendor/me/member", middlewares: [...vendorActor, validateAndTransformBody(VendorUpdateOwnMember)] },

  // Catalog: every member reads; owner and manager write.
  {
    method: ["GET"],
    matcher: "/vendor/products",
    middlewares: [
      ...vendorActor,
      validateAndTransformQuery(VendorGetProductsParams, { defaults: vendorProductFields, isList: true, defaultLimit: 20 }),
    ],
  },
  { method: ["POST"], matcher: "/vendor/products", middlewares: [...catalogManager, validateAndTransformBody(VendorCreateProduct), ensureStoreCurrencies] },
  { method: ["GET"], matcher: "/vendor/products/:id", middlewares: [...vendorActor, ensureOwnProduct] },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id",
    middlewares: [...catalogManager, ensureOwnProduct, validateAndTransformBody(VendorUpdateProduct)],
  },
  { method: ["DELETE"], matcher: "/vendor/products/:id", middlewares: [...catalogManager, ensureOwnProduct] },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id/variants",
    middlewares: [...catalogManager, ensureOwnProduct, validateAndTransformBody(VendorCreateVariant), ensureStoreCurrencies],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id/variants/:variant_id",
    middlewares: [...catalogManager, ensureOwnProduct, validateAndTransformBody(VendorUpdateVariant), ensureStoreCurrencies],
  },
  { method: ["DELETE"], matcher: "/vendor/products/:id/variants/:variant_id", middlewares: [...catalogManager, ensureOwnProduct] },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id/variants/:variant_id/stock",
    middlewares: [...catalogManager, ensureOwnProduct, validateAndTransformBody(VendorSetVariantStock)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/product-categories",
    middlewares: [...vendorActor, listParams],
  },
  { method: ["POST"], matcher: "/vendor/uploads", middlewares: [...catalogManager, multipartFiles("files")] },

  // Members: everyone sees the team; only the owner changes it.
  { method: ["GET"], matcher: "/vendor/members", middlewares: [...vendorActor, listParams] },
  { method: ["POST"], matcher: "/vendor/members", middlewares: [...ownerOnly, validateAndTransformBody(VendorInviteMember)] },
  { method: ["POST"], matcher: "/vendor/members/:id", middlewares: [...ownerOnly, validateAndTransformBody(VendorUpdateMember)] },
  { method: ["DELETE"], matcher: "/vendor/members/:id", middlewares: [...ownerOnly] },
  {
    method: ["POST"],
    matcher: "/vendor/invites/accept",
    middlewares: [
      authenticate("vendor", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(VendorAcceptInvite),
    ],
  },
  { method: ["GET"], matcher: "/vendor/invites", middlewares: [...ownerOnly, listParams] },
  { method: ["POST"], matcher: "/vendor/invites", middlewares: [...ownerOnly, validateAndTransformBody(VendorInviteMember)] },
  { method: ["DELETE"], matcher: "/vendor/invites/:id", middlewares: [...ownerOnly] },

  // Verification documents: the owner submits them; admins review them.
  { method: ["GET"], matcher: "/vendor/documents", middlewares: [...ownerOnly, listParams] },
  { method: ["POST"], matcher: "/vendor/documents", middlewares: [...ownerOnly, multipartFiles("files")] },
  { method: ["DELETE"], matcher: "/vendor/documents/:id", middlewares: [...ownerOnly] },
  { method: ["GET"], matcher: "/vendor/documents/:id/file", middlewares: [...ownerOnly] },
]
