import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { generateJwtTokenForAuthIdentity } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"

/**
 * One login may be a customer, a courier and a vendor member at once. Medusa's
 * register route refuses an email that already has an identity; for the actor
 * types listed here, registering with that email and its correct password
 * answers a registration token for the existing identity instead, so the
 * client can go on and create the new actor's profile.
 */
export function registerWithExistingIdentity(actorType: string) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const auth = req.scope.resolve(Modules.AUTH)
    const { success, authIdentity } = await auth.authenticate("emailpass", {
      url: req.url,
      headers: req.headers as Record<string, string>,
      query: req.query as Record<string, string>,
      body: req.body as Record<string, string>,
      protocol: req.protocol,
    })
    if (!success || !authIdentity || authIdentity.app_metadata?.[`${actorType}_id`]) {
      return next()
    }
    const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
    const token = await generateJwtTokenForAuthIdentity(
      { authIdentity, actorType, authProvider: "emailpass", container: req.scope },
      { secret: http.jwtSecret!, expiresIn: http.jwtExpiresIn, options: http.jwtOptions }
    )
    res.status(200).json({ token })
  }
}
