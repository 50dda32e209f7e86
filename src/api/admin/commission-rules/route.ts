import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCommissionRuleWorkflow } from "../../../workflows/commission/workflows/create-commission-rule"
import { retrieveCommissionRule } from "./[id]/route"
import type { AdminCreateCommissionRuleBody } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: commission_rules, metadata } = await query.graph({
    entity: "commission_rule",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ commission_rules, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCommissionRuleBody>, res: MedusaResponse) => {
  const { result } = await createCommissionRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ commission_rule: await retrieveCommissionRule(req, result.id) })
}
