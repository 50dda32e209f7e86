import { addMonths, lotsExpiringWithin, lotsToExpire, openLots, pointsEarned, pointsToReverse, referralCodeFrom, tierFor } from "../points-rules"

const tiers = [
  { id: "ltier_gold", name: "Gold", threshold: 5000, multiplier: 1.5 },
  { id: "ltier_bronze", name: "Bronze", threshold: 0, multiplier: 1 },
  { id: "ltier_silver", name: "Silver", threshold: 1000, multiplier: 1.25 },
]

describe("pointsEarned", () => {
  it("multiplies value, rate and tier multiplier and rounds down", () => {
    expect(pointsEarned(199, 0.1, 1)).toBe(19)
    expect(pointsEarned(100, 0.1, 1.25)).toBe(12)
    expect(pointsEarned("10.99", 1, 1.5)).toBe(16)
    expect(pointsEarned(0, 1, 1.5)).toBe(0)
    expect(pointsEarned(-5, 1, 1)).toBe(0)
  })

  it("is not thrown off by binary fractions", () => {
    // 0.1 × 3 × 10 is 3 exactly, not 2.9999…
    expect(pointsEarned(3, 0.1, 10)).toBe(3)
    expect(pointsEarned("1.15", 100, 1)).toBe(115)
  })
})

describe("tierFor", () => {
  it("holds the highest tier reached and names the next", () => {
    expect(tierFor(tiers, 0)).toEqual({ tier: tiers[1], next: tiers[2] })
    expect(tierFor(tiers, 999).tier?.name).toBe("Bronze")
    expect(tierFor(tiers, 1000)).toEqual({ tier: tiers[2], next: tiers[0] })
    expect(tierFor(tiers, 7000)).toEqual({ tier: tiers[0], next: null })
  })

  it("has no tier below the lowest threshold", () => {
    expect(tierFor([{ id: "t", name: "T", threshold: 10, multiplier: 2 }], 5).tier).toBeNull()
  })
})

describe("expiry, oldest first", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day))
  const entries = [
    { id: "lpe_1", points: 100, created_at: at(1), expires_at: at(10) },
    { id: "lpe_2", points: 50, created_at: at(2), expires_at: at(20) },
    { id: "lpe_3", points: -120, created_at: at(3), expires_at: null },
  ]

  it("takes spending from the oldest lot first", () => {
    expect(openLots(entries).map((lot) => [lot.entry_id, lot.remaining])).toEqual([
      ["lpe_1", 0],
      ["lpe_2", 30],
    ])
  })

  it("expires only what is left of lots past their date", () => {
    expect(lotsToExpire(entries, at(15))).toEqual([])
    expect(lotsToExpire(entries, at(20)).map((lot) => [lot.entry_id, lot.remaining])).toEqual([["lpe_2", 30]])
    const unspent = entries.slice(0, 2)
    expect(lotsToExpire(unspent, at(25)).map((lot) => [lot.entry_id, lot.remaining])).toEqual([
      ["lpe_1", 100],
      ["lpe_2", 50],
    ])
  })

  it("warns of lots expiring within the window, not of those already past", () => {
    expect(lotsExpiringWithin(entries, at(14), 7).map((lot) => lot.entry_id)).toEqual(["lpe_2"])
    expect(lotsExpiringWithin(entries, at(21), 7)).toEqual([])
  })

  it("leaves every lot empty while the balance is negative, and the next earning pays the debt first", () => {
    const debt = [
      { id: "lpe_a", points: 10, created_at: at(1), expires_at: at(30) },
      { id: "lpe_b", points: -25, created_at: at(2), expires_at: null },
      { id: "lpe_c", points: 40, created_at: at(3), expires_at: at(40) },
    ]
    expect(openLots(debt).map((lot) => lot.remaining)).toEqual([0, 25])
  })
})

describe("pointsToReverse", () => {
  it("takes back in proportion to what the order lost", () => {
    expect(pointsToReverse({ earned: 100, earned_value: 200, current_value: 150, already_reversed: 0 })).toBe(25)
    expect(pointsToReverse({ earned: 100, earned_value: 200, current_value: 0, already_reversed: 25 })).toBe(75)
    expect(pointsToReverse({ earned: 7, earned_value: 3, current_value: 2, already_reversed: 0 })).toBe(3)
  })

  it("never takes more than was earned, nor again what was taken", () => {
    expect(pointsToReverse({ earned: 100, earned_value: 200, current_value: -50, already_reversed: 0 })).toBe(100)
    expect(pointsToReverse({ earned: 100, earned_value: 200, current_value: 150, already_reversed: 25 })).toBe(0)
    expect(pointsToReverse({ earned: 100, earned_value: 200, current_value: 300, already_reversed: 0 })).toBe(0)
    expect(pointsToReverse({ earned: 0, earned_value: 0, current_value: 0, already_reversed: 0 })).toBe(0)
  })
})

describe("addMonths and referral codes", () => {
  it("keeps the day of the month, or the month's last day", () => {
    expect(addMonths(new Date("2026-01-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z")
    expect(addMonths(new Date("2026-12-02T00:00:00Z"), 12).toISOString()).toBe("2027-12-02T00:00:00.000Z")
  })

  it("makes 8-character codes without look-alike characters", () => {
    const code = referralCodeFrom(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8]))
    expect(code).toMatch(/^[A-Z2-9]{8}$/)
    expect(code).not.toMatch(/[01IO]/)
  })
})
