import { listQueryParams } from "../../list-query"
import { documentList } from "./query-config"

export const VendorGetDocumentsParams = listQueryParams(documentList).strict()
