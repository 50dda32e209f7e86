import { bankDetailsHint, decryptBankDetails, encryptBankDetails, payoutCipherKey } from "../bank-details-cipher"

const details = { account_holder: "Rami Khalil", bank_name: "Bank of Daraa", account_number: "SY21 0000 1111 2222", swift_code: "BODASYDA" }

describe("bank details at rest", () => {
  const key = payoutCipherKey("a-secret-payout-key")

  it("seals them so that the text holds none of them, and opens them with the same key", () => {
    const sealed = encryptBankDetails(details, key)
    expect(sealed).toMatch(/^v1:[^:]+:[^:]+:[^:]+$/)
    expect(sealed).not.toContain("2222")
    expect(sealed).not.toContain("Rami")
    expect(decryptBankDetails(sealed, key)).toEqual(details)
  })

  it("seals the same details differently each time (a fresh IV)", () => {
    expect(encryptBankDetails(details, key)).not.toEqual(encryptBankDetails(details, key))
  })

  it("refuses another key and a changed text", () => {
    const sealed = encryptBankDetails(details, key)
    expect(() => decryptBankDetails(sealed, payoutCipherKey("another-key"))).toThrow()
    const [version, iv, tag, body] = sealed.split(":")
    const flipped = Buffer.from(body, "base64")
    flipped[0] ^= 1
    expect(() => decryptBankDetails([version, iv, tag, flipped.toString("base64")].join(":"), key)).toThrow()
    expect(() => decryptBankDetails("plain text", key)).toThrow(/format/)
  })

  it("shows only the bank and the last four characters", () => {
    expect(bankDetailsHint(details)).toEqual("Bank of Daraa •••• 2222")
  })
})
