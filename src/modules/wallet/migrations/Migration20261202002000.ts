import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * `ledger_post_transaction`: the writing half of WalletModuleService.postTransaction,
 * as one database function, so that a posting is one statement (one round
 * trip, one transaction) instead of six. The service checks and prepares the
 * posting (balance per currency, precision, content digest, each account's
 * floor); the function claims the idempotency key, creates missing accounts in
 * key order, locks them in id order, holds each lowered account to its floor,
 * and writes the entries and the cached balances.
 *
 * A replayed key answers `{replayed, content_hash}` and writes nothing. An
 * account taken below its floor raises SQLSTATE DL001 with the account's
 * figures as JSON in DETAIL, which undoes the whole statement.
 */
export class Migration20261202002000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "ledger_post_transaction"(posting jsonb) returns jsonb language plpgsql as $$
declare
  claimed_at timestamptz;
  existing record;
  account record;
  new_balance numeric;
  pending numeric;
  available numeric;
  account_ids jsonb := '{}'::jsonb;
begin
  insert into ledger_transaction (id, type, reference_type, reference_id, idempotency_key, content_hash, note, actor_type, actor_id)
  values (posting->>'id', posting->>'type', posting->>'reference_type', posting->>'reference_id', posting->>'idempotency_key',
          posting->>'content_hash', posting->>'note', posting->>'actor_type', posting->>'actor_id')
  on conflict (idempotency_key) where deleted_at is null do nothing
  returning created_at into claimed_at;
  if claimed_at is null then
    select id, content_hash into existing from ledger_transaction where idempotency_key = posting->>'idempotency_key' and deleted_at is null;
    return jsonb_build_object('replayed', existing.id, 'content_hash', existing.content_hash);
  end if;

  -- Accounts arrive sorted by key: concurrent first uses insert in one order.
  insert into ledger_account (id, owner_type, owner_id, currency_code, balance, raw_balance)
  select a.id, a.owner_type, a.owner_id, a.currency_code, 0, '{"value":"0","precision":20}'::jsonb
    from jsonb_to_recordset(posting->'accounts') as a(id text, owner_type text, owner_id text, currency_code text, position int)
   order by a.position
  on conflict (owner_type, owner_id, currency_code) where deleted_at is null do nothing;

  for account in
    select la.id, la.balance, a.key, a.change, a.change_pending, a.floor
      from ledger_account la
      join jsonb_to_recordset(posting->'accounts') as a(key text, owner_type text, owner_id text, currency_code text, change numeric, change_pending numeric, floor numeric)
        on la.owner_type = a.owner_type and la.owner_id = a.owner_id and la.currency_code = a.currency_code
     where la.deleted_at is null
     order by la.id
       for update of la
  loop
    new_balance := account.balance + account.change;
    if account.floor is not null and account.change < 0 then
      select coalesce(sum(e.amount), 0) into pending from ledger_entry e
       where e.account_id = account.id and e.available_at > now() and e.deleted_at is null;
      available := new_balance - pending - account.change_pending;
      if least(new_balance, available) < account.floor then
        raise exception using errcode = 'DL001', message = 'ledger floor',
          detail = jsonb_build_object('key', account.key, 'id', account.id, 'balance', new_balance, 'available', available, 'change', account.change)::text;
      end if;
    end if;
    update ledger_account
       set balance = new_balance, raw_balance = jsonb_build_object('value', new_balance::text, 'precision', 20), updated_at = now()
     where id = account.id;
    account_ids := account_ids || jsonb_build_object(account.key, account.id);
  end loop;

  insert into ledger_entry (id, transaction_id, account_id, amount, raw_amount, currency_code, available_at)
  select e.id, posting->>'id', account_ids->>e.key, e.amount, jsonb_build_object('value', e.amount::text, 'precision', 20),
         e.currency_code, coalesce(e.available_at, now())
    from jsonb_to_recordset(posting->'entries') as e(id text, key text, amount numeric, currency_code text, available_at timestamptz);

  return jsonb_build_object('created_at', claimed_at, 'now', now(), 'account_ids', account_ids);
end
$$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "ledger_post_transaction"(jsonb);`)
  }
}
