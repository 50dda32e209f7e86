import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Payee } from "../../modules/payout/service"
import { payeePayout, payeePayoutAccount, payoutSchedule, payoutView } from "../../queries/payouts"
import { walletCurrency } from "../../queries/wallet"
import { createPayoutWorkflow } from "../../workflows/payout/workflows/create-payout"
import { savePayoutAccountWorkflow } from "../../workflows/payout/workflows/save-payout-account"
import type { RequestEarlyPayoutType, SetPayoutAccountType } from "../payout-params"

/**
 * The payout routes every payee has (vendors under /vendor, couriers under
 * /courier), given how each prefix names the signed-in payee. Everything is
 * scoped to that payee: another payee's payout answers 404.
 */
export type PayeeOf = (req: AuthenticatedMedusaRequest<any, any>) => Payee

export function payoutAccountHandlers(payeeOf: PayeeOf) {
  return {
    /** The payee's payout account (bank details without the full number), or null. */
    GET: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      res.json({ payout_account: await payeePayoutAccount(req.scope, payeeOf(req)) })
    },
    /** Sets where payouts go: manual bank details (sealed at rest) or a Stripe Connect account. */
    POST: async (req: AuthenticatedMedusaRequest<SetPayoutAccountType>, res: MedusaResponse) => {
      const payee = payeeOf(req)
      await savePayoutAccountWorkflow(req.scope).run({
        input: { payee, account: req.validatedBody, actor_id: req.auth_context.actor_id ?? null },
      })
      res.json({ payout_account: await payeePayoutAccount(req.scope, payee) })
    },
  }
}

export function payeePayoutHandlers(payeeOf: PayeeOf) {
  return {
    /** The payee's payouts, newest first, each with the earnings it pays, and when the next scheduled payout runs. */
    list: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      const payee = payeeOf(req)
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { status, currency_code } = req.validatedQuery as { status?: string | string[]; currency_code?: string }
      const { data: payouts, metadata } = await query.graph({
        entity: "payout",
        fields: req.queryConfig.fields,
        filters: {
          owner_type: payee.owner_type,
          owner_id: payee.owner_id,
          ...(status ? { status } : {}),
          ...(currency_code ? { currency_code: currency_code.toLowerCase() } : {}),
        },
        pagination: req.queryConfig.pagination,
      })
      res.json({
        payouts: payouts.map((payout) => payoutView(payout as Record<string, any>)),
        count: metadata!.count,
        offset: metadata!.skip,
        limit: metadata!.take,
        ...payoutSchedule(req.scope),
      })
    },
    /** One payout with its per-order breakdown. */
    retrieve: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      res.json({ payout: await payeePayout(req.scope, payeeOf(req), req.params.id) })
    },
    /** Asks for an early payout of the available balance; an admin approves or rejects it. */
    request: async (req: AuthenticatedMedusaRequest<RequestEarlyPayoutType>, res: MedusaResponse) => {
      const currency = await walletCurrency(req.scope, req.validatedBody.currency_code)
      const payee = payeeOf(req)
      const { result: payoutId } = await createPayoutWorkflow(req.scope).run({
        input: { payee: { ...payee, currency_code: currency }, early: true, requested_by: req.auth_context.actor_id ?? null },
      })
      // The workflow refuses (409) when nothing can be asked for, so an id is always here.
      const payout = await payeePayout(req.scope, payee, payoutId!)
      res.json({ payout })
    },
  }
}

