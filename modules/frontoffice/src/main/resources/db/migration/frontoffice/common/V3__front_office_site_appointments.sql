-- The city's site reads and cancels only the appointments it booked for the citizen it authenticated (issue 8, last
-- part): the national number the site asserted is kept with the appointment, as requester_nn is with an e-counter
-- request. NULL for bookings by staff. Runs on PostgreSQL and on H2 (MODE=PostgreSQL) alike.
ALTER TABLE appointment ADD COLUMN requester_nn VARCHAR(11);
