import type WalletModuleService from "../service"

/** Ends a money test: the same invariants as GET /admin/ledger/check, all holding. */
export async function expectLedgerInvariants(service: Pick<WalletModuleService, "checkLedger">) {
  const { ok, checks } = await service.checkLedger()
  expect(checks.filter((check) => !check.ok)).toEqual([])
  expect(checks.map((check) => check.name).sort()).toEqual(
    expect.arrayContaining(["cached_balances_match", "customers_not_negative", "idempotency_keys_unique", "transactions_balanced"])
  )
  expect(ok).toBe(true)
}
