import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { multipartFiles } from "../files/multipart"
import { listQueryConfig } from "../list-query"
import { VendorGetDocumentsParams } from "./documents/validators"
import { documentFields, documentList } from "./documents/query-config"
import { inviteFields, inviteList, memberFields, memberList } from "./members/query-config"
import { vendorCategoryFields, vendorCategoryList } from "./product-categories/query-config"
import { VendorGetProductCategoriesParams } from "./product-categories/validators"
import { ensureOwnProduct } from "./products/own-product"
import { vendorProductFields, vendorProductList } from "./products/query-config"
import { ensureStoreCurrencies } from "./products/store-currencies"
import {
  VendorCreateProduct,
  VendorCreateVariant,
  VendorGetProductsParams,
  VendorSetVariantStock,
  VendorUpdateProduct,
  VendorUpdateVariant,
} from "./products/validators"
import {
  VendorAcceptInvite,
  VendorGetInvitesParams,
  VendorGetMembersParams,
  VendorInviteMember,
  VendorUpdateMember,
  VendorUpdateOwnMember,
} from "./members/validators"
import { requireVendorRole, vendorActor } from "./resolve-vendor-actor"
import { CreateVendor, UpdateVendor } from "./validators"

const catalogManager = [...vendorActor, requireVendorRole("owner", "manager")]
const ownerOnly = [...vendorActor, requireVendorRole("owner")]

/** The only /vendor routes a vendor token without a member may call: creating a vendor, and joining one. */
export const VENDOR_ROUTES_WITHOUT_MEMBER = ["POST /vendor/vendors", "POST /vendor/invites/accept"]

const signedInMember = authenticate("vendor", ["bearer", "session"])
const signedInIdentity = authenticate("vendor", ["bearer"], { allowUnregistered: true })

/** One door for every /vendor route, so that a route without its own matcher is never public. */
function authenticateVendor(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.baseUrl + req.path).replace(/\/+$/, "").toLowerCase()
  const withoutMember = VENDOR_ROUTES_WITHOUT_MEMBER.includes(`${req.method} ${path}`)
  return (withoutMember ? signedInIdentity : signedInMember)(req, res, next)
}

export const vendorStoreMiddlewares: MiddlewareRoute[] = [
  { method: ["GET", "POST", "PUT", "PATCH", "DELETE"], matcher: "/vendor*", middlewares: [authenticateVendor] },
  { method: ["POST"], matcher: "/vendor/vendors", middlewares: [validateAndTransformBody(CreateVendor)] },
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
      validateAndTransformQuery(VendorGetProductsParams, listQueryConfig(vendorProductFields, vendorProductList)),
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
    middlewares: [
      ...vendorActor,
      validateAndTransformQuery(VendorGetProductCategoriesParams, listQueryConfig(vendorCategoryFields, vendorCategoryList)),
    ],
  },
  { method: ["POST"], matcher: "/vendor/uploads", middlewares: [...catalogManager, multipartFiles("files")] },

  // Members: everyone sees the team; only the owner changes it.
  {
    method: ["GET"],
    matcher: "/vendor/members",
    middlewares: [...vendorActor, validateAndTransformQuery(VendorGetMembersParams, listQueryConfig(memberFields, memberList))],
  },
  { method: ["POST"], matcher: "/vendor/members", middlewares: [...ownerOnly, validateAndTransformBody(VendorInviteMember)] },
  { method: ["POST"], matcher: "/vendor/members/:id", middlewares: [...ownerOnly, validateAndTransformBody(VendorUpdateMember)] },
  { method: ["DELETE"], matcher: "/vendor/members/:id", middlewares: [...ownerOnly] },
  {
    method: ["POST"],
    matcher: "/vendor/invites/accept",
    middlewares: [validateAndTransformBody(VendorAcceptInvite)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/invites",
    middlewares: [...ownerOnly, validateAndTransformQuery(VendorGetInvitesParams, listQueryConfig(inviteFields, inviteList))],
  },
  { method: ["POST"], matcher: "/vendor/invites", middlewares: [...ownerOnly, validateAndTransformBody(VendorInviteMember)] },
  { method: ["DELETE"], matcher: "/vendor/invites/:id", middlewares: [...ownerOnly] },

  // Verification documents: the owner submits them; admins review them.
  {
    method: ["GET"],
    matcher: "/vendor/documents",
    middlewares: [...ownerOnly, validateAndTransformQuery(VendorGetDocumentsParams, listQueryConfig(documentFields, documentList))],
  },
  { method: ["POST"], matcher: "/vendor/documents", middlewares: [...ownerOnly, multipartFiles("files")] },
  { method: ["DELETE"], matcher: "/vendor/documents/:id", middlewares: [...ownerOnly] },
  { method: ["GET"], matcher: "/vendor/documents/:id/file", middlewares: [...ownerOnly] },
]
