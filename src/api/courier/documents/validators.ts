import { listQueryParams } from "../../list-query"
import { courierDocumentList } from "./query-config"

export const CourierGetDocumentsParams = listQueryParams(courierDocumentList).strict()
