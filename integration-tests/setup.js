const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each spec boots its own app; stale entity metadata from a previous one must go.
MetadataStorage.clear()
