import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteCommissionRuleWorkflow } from "../../../../workflows/commission/workflows/delete-commission-rule"
import { updateCommissionRuleWorkflow } from "../../../../workflows/commission/workflows/update-commission-rule"
import { commissionRuleFields, type AdminUpdateCommissionRuleBody } from "../validators"

export async function retrieveCommissionRule(req: AuthenticatedMedusaRequest<any>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [rule],
  } = await query.graph({ entity: "commission_rule", fields: commissionRuleFields, filters: { id } })
  if (!rule) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commission rule with id: ${id} was not found`)
  }
  return rule
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ commission_rule: await retrieveCommissionRule(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCommissionRuleBody>, res: MedusaResponse) => {
  await retrieveCommissionRule(req, req.params.id)
  await updateCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ commission_rule: await retrieveCommissionRule(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveCommissionRule(req, req.params.id)
  await deleteCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "commission_rule", deleted: true })
}
