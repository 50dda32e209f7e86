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

  it("takes the configured lists of rails", () => {
    const rules = { policy: "placement" as const, single_capture_providers: ["pp_test-rail_card"], on_delivery_providers: ["pp_test-rail_cash"] }
    expect(capturePlanFor("pp_test-rail_card", rules).captures).toBe("once")
    expect(capturePlanFor("pp_test-rail_cash", rules).when).toBe("collection")
    expect(capturePlanFor("pp_stripe_stripe", rules).captures).toBe("each")
  })
})
