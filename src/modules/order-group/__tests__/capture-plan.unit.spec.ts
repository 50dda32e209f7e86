import { capturePlanFor, DEFAULT_CAPTURE_RULES } from "../capture-plan"

describe("capturePlanFor", () => {
  it("captures cards and the system provider at placement by default", () => {
    expect(capturePlanFor("pp_system_default")).toEqual({ when: "placement", captures: "each" })
    expect(capturePlanFor("pp_stripe_stripe")).toEqual({ when: "placement", captures: "once" })
  })

  it("never captures cash on delivery before collection, whatever the policy", () => {
    expect(capturePlanFor("pp_cod_cod").when).toBe("collection")
    expect(capturePlanFor("pp_cod_cod", { ...DEFAULT_CAPTURE_RULES, policy: "acceptance" }).when).toBe("collection")
  })

  it("captures on acceptance when the policy says, once for single-capture rails", () => {
    const rules = { ...DEFAULT_CAPTURE_RULES, policy: "acceptance" as const }
    expect(capturePlanFor("pp_system_default", rules)).toEqual({ when: "acceptance", captures: "each" })
    expect(capturePlanFor("pp_stripe_stripe", rules)).toEqual({ when: "acceptance", captures: "once" })
  })

  it("captures any rail it does not know as taking one capture, and takes the configured lists", () => {
    expect(capturePlanFor("pp_paypal_paypal").captures).toBe("once")
    const rules = { policy: "placement" as const, multi_capture_providers: ["pp_test-rail_many"], on_delivery_providers: ["pp_test-rail_cash"] }
    expect(capturePlanFor("pp_test-rail_many", rules).captures).toBe("each")
    expect(capturePlanFor("pp_test-rail_cash", rules).when).toBe("collection")
    expect(capturePlanFor("pp_system_default", rules).captures).toBe("once")
  })
})
