/**
 * When a vendor order's share of the checkout payment is captured.
 *
 * - `placement`: the checkout captures the rail once, and every share is captured with it.
 * - `acceptance`: a share is captured when its vendor accepts. A rail that allows one capture
 *   per authorisation (Stripe without multicapture) is captured once, when every vendor of the
 *   checkout has accepted or rejected.
 * - `collection`: cash on delivery; nothing is captured until the cash is collected.
 */
export type CapturePolicy = "placement" | "acceptance"
export const CAPTURE_POLICIES: readonly CapturePolicy[] = ["placement", "acceptance"]

export type CapturePlan = {
  when: "placement" | "acceptance" | "collection"
  /** `each`: the rail takes one capture per share; `once`: one capture for the whole checkout. */
  captures: "each" | "once"
}

export type CaptureRules = {
  policy: CapturePolicy
  /**
   * Rails that take one capture per share. Medusa's provider interface captures without an
   * amount, so only rails where a capture moves no money (the system provider) are safe here;
   * every other rail is captured once per checkout.
   */
  multi_capture_providers: string[]
  /** Rails paid on delivery, in cash. */
  on_delivery_providers: string[]
}

export const DEFAULT_CAPTURE_RULES: CaptureRules = {
  policy: "placement",
  multi_capture_providers: ["pp_system_default"],
  on_delivery_providers: ["pp_cod_cod"],
}

export function capturePlanFor(providerId: string, rules: CaptureRules = DEFAULT_CAPTURE_RULES): CapturePlan {
  const captures = rules.multi_capture_providers.includes(providerId) ? "each" : "once"
  if (rules.on_delivery_providers.includes(providerId)) {
    return { when: "collection", captures }
  }
  return { when: rules.policy, captures }
}
