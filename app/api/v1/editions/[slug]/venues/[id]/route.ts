import { deleteInEdition, writeInEdition } from "@/server/edition-routes";
import { deleteVenue, updateVenue } from "@/server/services/editions";

export const PATCH = writeInEdition("Venue", updateVenue);

export const DELETE = deleteInEdition("Venue", deleteVenue);
