import { csvField, payoutsCsv } from "../payout-csv"

describe("payoutsCsv", () => {
  it("writes a header and one CRLF line per payout", () => {
    const csv = payoutsCsv([
      {
        payout_id: "po_1",
        payee_type: "vendor",
        payee_id: "ven_1",
        payee_name: "Hauran Bakery",
        currency_code: "syp",
        amount: "1500.5",
        created_at: new Date("2026-12-01T06:00:00Z"),
        bank: { account_holder: "Rami Khalil", bank_name: "Bank of Daraa", account_number: "SY21 0000", swift_code: null },
      },
    ])
    expect(csv).toEqual(
      "payout_id,payee_type,payee_id,payee_name,currency_code,amount,account_holder,bank_name,account_number,swift_code,branch,created_at\r\n" +
        "po_1,vendor,ven_1,Hauran Bakery,SYP,1500.5,Rami Khalil,Bank of Daraa,SY21 0000,,,2026-12-01T06:00:00.000Z\r\n"
    )
  })

  it("leaves bank columns empty when the payee has no bank details", () => {
    const csv = payoutsCsv([
      { payout_id: "po_2", payee_type: "courier", payee_id: "cour_1", payee_name: null, currency_code: "usd", amount: "10", created_at: "2026-12-01T00:00:00Z", bank: null },
    ])
    expect(csv.split("\r\n")[1]).toEqual("po_2,courier,cour_1,,USD,10,,,,,,2026-12-01T00:00:00.000Z")
  })
})

describe("csvField", () => {
  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField('Bakery "Hauran", Daraa')).toEqual('"Bakery ""Hauran"", Daraa"')
    expect(csvField("two\nlines")).toEqual('"two\nlines"')
    expect(csvField(null)).toEqual("")
  })

  it("keeps what a spreadsheet would run as a formula as text", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toEqual('"\'=HYPERLINK(""x"")"')
    expect(csvField("+963")).toEqual("'+963")
    expect(csvField("@SUM(A1)")).toEqual("'@SUM(A1)")
    expect(csvField("-5")).toEqual("'-5")
  })
})
