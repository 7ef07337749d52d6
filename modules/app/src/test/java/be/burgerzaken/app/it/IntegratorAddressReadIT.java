package be.burgerzaken.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

import static be.burgerzaken.app.it.Api.q;
import static be.burgerzaken.app.it.FrontOfficeApiIT.PURPOSE;
import static be.burgerzaken.app.it.FrontOfficeApiIT.assertProblem;
import static be.burgerzaken.app.it.FrontOfficeApiIT.client;
import static be.burgerzaken.app.it.FrontOfficeApiIT.family;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Who lives at this address" for integrators (issue 10 found it closed since issue 9): main-residence data, so an API
 * client needs an authorisation for the main residence, and for a past date its history too.
 */
@ExtendWith(PayaraServer.class)
class IntegratorAddressReadIT {

    @Test
    void theOccupantsOfAnAddressNeedTheMainResidenceAuthorisation() {
        FrontOfficeApiIT.Family f = family(1700);
        String holder = f.holder().id().toString();
        Api.Reply file = Api.as("clerk").get("/api/v1/population/residents/" + holder + "?purpose=" + q(PURPOSE));
        assertEquals(200, file.status(), file.body());
        JsonObject address = file.json().getJsonObject("residence").getJsonObject("address");
        String query = "/api/v1/population/addresses/residents?streetCode=" + address.getString("streetCode")
                + "&houseNumber=" + q(address.getString("houseNumber"))
                + (address.isNull("box") ? "" : "&box=" + q(address.getString("box")));

        Api.Reply police = client("demo-integrator", "demo-integrator-secret").get(query + "&purpose="
                + q("police: residence check 2026/77"));
        assertEquals(200, police.status(), police.body());
        JsonArray occupants = police.any().asJsonArray();
        assertTrue(occupants.stream().anyMatch(o -> o.asJsonObject().getString("personId").equals(holder)), police.body());
        java.util.Set<String> ids = new java.util.HashSet<>();
        occupants.forEach(o -> ids.add(o.asJsonObject().getString("personId")));
        assertTrue(ids.containsAll(f.members()), f.members() + " in " + police.body());

        // social housing: name and main residence, today only (no history authorisation)
        Api housing = client("demo-housing", "demo-housing-secret");
        Api.Reply today = housing.get(query + "&purpose=" + q("social housing file 12"));
        assertEquals(200, today.status(), today.body());
        Api.Reply past = housing.get(query + "&date=" + LocalDate.now().minusYears(1) + "&purpose="
                + q("social housing file 12"));
        assertProblem(past, 403, null, null);
        assertTrue(past.body().contains("history"), past.body());

        // the e-counter client reads access histories only
        Api.Reply ecounter = client("demo-ecounter", "demo-ecounter-secret").get(query + "&purpose=" + q("e-counter"));
        assertProblem(ecounter, 403, null, null);
    }
}
