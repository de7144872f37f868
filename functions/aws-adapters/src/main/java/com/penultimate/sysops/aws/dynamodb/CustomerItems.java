package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.NotificationPreference;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps a {@link Customer} to its item in the Customers table and back. */
final class CustomerItems {
    static final String KEY = "customerId";

    private CustomerItems() {
    }

    static Map<String, AttributeValue> toItem(Customer customer) {
        return new ItemBuilder()
                .string(KEY, customer.customerId())
                .string("name", customer.name())
                .string("email", customer.email())
                .string("phone", customer.phone())
                .enumName("notificationPreference", customer.notificationPreference())
                .map("address", address(customer.address()))
                .geo("location", customer.location())
                .string("paymentToken", customer.paymentToken())
                .instant("createdAt", customer.createdAt())
                .instant("updatedAt", customer.updatedAt())
                .build();
    }

    static Customer fromItem(Map<String, AttributeValue> item) {
        ItemReader read = new ItemReader(item);
        ItemReader address = read.map("address");
        return new Customer(read.string(KEY), read.string("name"), read.string("email"), read.string("phone"),
                read.enumValue("notificationPreference", NotificationPreference.class),
                address == null ? null : new Address(address.string("line1"), address.string("city"),
                        address.string("postalCode"), address.string("country")),
                read.geo("location"), read.string("paymentToken"), read.instant("createdAt"),
                read.instant("updatedAt"));
    }

    private static Map<String, AttributeValue> address(Address address) {
        return address == null ? null : new ItemBuilder()
                .string("line1", address.line1())
                .string("city", address.city())
                .string("postalCode", address.postalCode())
                .string("country", address.country())
                .build();
    }
}
