import { Text } from "@medusajs/ui"

export type HistoryEntry = { key: string; title: string; detail: string; at: string }

/** A status history, one line per move with its detail and time; `empty` when there is none. */
export const HistoryList = ({ entries, empty }: { entries: HistoryEntry[]; empty: string }) =>
  entries.length === 0 ? (
    <Text size="small" className="text-ui-fg-subtle">
      {empty}
    </Text>
  ) : (
    <>
      {entries.map((entry) => (
        <div key={entry.key} className="py-1">
          <Text size="small">{entry.title}</Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {entry.detail} · {new Date(entry.at).toLocaleString()}
          </Text>
        </div>
      ))}
    </>
  )
