/**
 * The ledger's invariants, each a query that answers the ids that break it
 * (none when it holds). Run live by `checkLedger`, for `GET /admin/ledger/check`
 * and at the end of every money test.
 */
export const LEDGER_CHECKS: { name: string; description: string; sql: string }[] = [
  {
    name: "transactions_balanced",
    description: "Every transaction has two or more entries that sum to zero in each currency.",
    sql: `select t.id from ledger_transaction t
           left join ledger_entry e on e.transaction_id = t.id
          group by t.id
         having count(e.id) < 2
         union
         select transaction_id as id from ledger_entry
          group by transaction_id, currency_code
         having sum(amount) <> 0`,
  },
  {
    name: "customers_not_negative",
    description: "No customer wallet is below zero.",
    sql: `select a.id from ledger_account a
           left join ledger_entry e on e.account_id = a.id
          where a.owner_type = 'customer'
          group by a.id
         having coalesce(sum(e.amount), 0) < 0 or min(a.balance) < 0`,
  },
  {
    name: "cached_balances_match",
    description: "Each account's cached balance equals the sum of its entries.",
    sql: `select a.id from ledger_account a
           left join (select account_id, sum(amount) as total from ledger_entry group by account_id) e on e.account_id = a.id
          where a.balance <> coalesce(e.total, 0) or (a.raw_balance ->> 'value')::numeric <> a.balance`,
  },
  {
    name: "entries_in_account_currency",
    description: "Each entry is in its account's currency.",
    sql: `select e.id from ledger_entry e join ledger_account a on a.id = e.account_id where e.currency_code <> a.currency_code`,
  },
  {
    name: "idempotency_keys_unique",
    description: "Each idempotency key was used by one transaction only.",
    sql: `select idempotency_key as id from ledger_transaction group by idempotency_key having count(*) > 1`,
  },
]
