export { FestivalDayGuard as default } from "@/components/admin/FestivalDayGuard";
